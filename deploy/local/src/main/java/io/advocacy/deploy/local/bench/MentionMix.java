package io.advocacy.deploy.local.bench;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic mentions of Lumen, the demo programme's brand: seven languages, positive, negative and neutral ones, a
 * crowd of authors of whom many speak again (repeat authors, so advocates are updated, not only discovered), and
 * texts that differ enough in their words that the listening service takes none for a near-duplicate.
 */
public final class MentionMix {

    /** What was sent: the JSON body and what it was meant to be. */
    public record Mention(String json, String language, String sentiment, String handle) {}

    private record Phrases(
            String language, List<String> positive, List<String> negative, List<String> neutral, List<String> words) {}

    private static final List<Phrases> LANGUAGES = List.of(
            new Phrases(
                    "en",
                    List.of(
                            "I love the new Lumen release, great work team!",
                            "Lumen support solved it in minutes, brilliant.",
                            "Recommended Lumen to my whole team today, fantastic product!"),
                    List.of(
                            "The Lumen update is broken again, so frustrated.",
                            "Terrible, the Lumen app keeps crashing.",
                            "Third Lumen outage this month, awful service."),
                    List.of(
                            "Trying Lumen for our reports this week.",
                            "Lumen has a new pricing page.",
                            "Looking at Lumen and two other tools."),
                    List.of(
                            "dashboard",
                            "export",
                            "morning",
                            "invoice",
                            "mobile",
                            "sync",
                            "calendar",
                            "weekend",
                            "upload",
                            "budget",
                            "project",
                            "office",
                            "search",
                            "reports",
                            "onboarding",
                            "release",
                            "client",
                            "meeting",
                            "laptop",
                            "workflow",
                            "charts",
                            "backup",
                            "login",
                            "settings")),
            new Phrases(
                    "de",
                    List.of(
                            "Ich liebe das neue Lumen Update, wirklich großartig!",
                            "Der Lumen Support war schnell und sehr freundlich."),
                    List.of(
                            "Lumen stürzt schon wieder ab, das ist ärgerlich.",
                            "Die neue Lumen Version ist leider eine Katastrophe."),
                    List.of(
                            "Wir testen Lumen diese Woche im Büro.",
                            "Lumen hat heute eine neue Version veröffentlicht."),
                    List.of(
                            "Rechnung",
                            "Kalender",
                            "Bericht",
                            "Kunden",
                            "Projekt",
                            "Sitzung",
                            "Wochenende",
                            "Sicherung",
                            "Anmeldung",
                            "Einstellungen",
                            "Vorlage",
                            "Abteilung")),
            new Phrases(
                    "fr",
                    List.of(
                            "J'adore la nouvelle version de Lumen, bravo à l'équipe !",
                            "Le support de Lumen a été rapide et très aimable."),
                    List.of(
                            "Lumen plante encore une fois, c'est vraiment pénible.",
                            "La mise à jour de Lumen est une catastrophe."),
                    List.of("Nous essayons Lumen cette semaine au bureau.", "Lumen a publié une nouvelle version."),
                    List.of(
                            "facture",
                            "calendrier",
                            "rapport",
                            "clients",
                            "projet",
                            "réunion",
                            "semaine",
                            "sauvegarde",
                            "connexion",
                            "paramètres",
                            "modèle",
                            "équipe")),
            new Phrases(
                    "es",
                    List.of(
                            "Me encanta la nueva versión de Lumen, gran trabajo.",
                            "El soporte de Lumen fue rápido y muy amable."),
                    List.of("Lumen se cuelga otra vez, qué frustración.", "La actualización de Lumen es un desastre."),
                    List.of(
                            "Estamos probando Lumen esta semana en la oficina.",
                            "Lumen publicó una nueva versión hoy."),
                    List.of(
                            "factura",
                            "calendario",
                            "informe",
                            "clientes",
                            "proyecto",
                            "reunión",
                            "semana",
                            "copia",
                            "acceso",
                            "ajustes",
                            "plantilla",
                            "equipo")),
            new Phrases(
                    "it",
                    List.of(
                            "Adoro la nuova versione di Lumen, ottimo lavoro.",
                            "Il supporto di Lumen è stato veloce e gentile."),
                    List.of("Lumen si blocca di nuovo, che frustrazione.", "L'aggiornamento di Lumen è un disastro."),
                    List.of(
                            "Stiamo provando Lumen questa settimana in ufficio.",
                            "Lumen ha pubblicato una nuova versione."),
                    List.of(
                            "fattura",
                            "calendario",
                            "rapporto",
                            "clienti",
                            "progetto",
                            "riunione",
                            "settimana",
                            "copia",
                            "accesso",
                            "impostazioni",
                            "modello",
                            "squadra")),
            new Phrases(
                    "pt",
                    List.of("Adoro a nova versão do Lumen, ótimo trabalho.", "O suporte do Lumen foi rápido e gentil."),
                    List.of("O Lumen travou de novo, que frustração.", "A atualização do Lumen é um desastre."),
                    List.of(
                            "Estamos testando o Lumen esta semana no escritório.",
                            "O Lumen lançou uma nova versão hoje."),
                    List.of(
                            "fatura",
                            "calendário",
                            "relatório",
                            "clientes",
                            "projeto",
                            "reunião",
                            "semana",
                            "cópia",
                            "acesso",
                            "ajustes",
                            "modelo",
                            "equipe")),
            new Phrases(
                    "nl",
                    List.of(
                            "Ik ben dol op de nieuwe versie van Lumen, goed gedaan.",
                            "De support van Lumen was snel en vriendelijk."),
                    List.of("Lumen crasht alweer, wat een ellende.", "De update van Lumen is een ramp."),
                    List.of(
                            "We proberen Lumen deze week op kantoor.",
                            "Lumen heeft vandaag een nieuwe versie uitgebracht."),
                    List.of(
                            "factuur",
                            "agenda",
                            "verslag",
                            "klanten",
                            "project",
                            "vergadering",
                            "week",
                            "back-up",
                            "inloggen",
                            "instellingen",
                            "sjabloon",
                            "team")));

    /** Share of the traffic per language, in {@link #LANGUAGES}' order: mostly English, as on the real platforms. */
    private static final double[] LANGUAGE_SHARE = {0.55, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05};

    private static final List<String> PLATFORMS = List.of("twitter", "reddit", "blog", "forum", "mastodon");

    /**
     * Of every 100 mentions this many come again from an author of the last {@link #REPEAT_WINDOW} mentions (so
     * advocates are updated, not only discovered; each author well under the spam filter's 30 an hour).
     */
    private static final int REPEAT_SHARE = 25;

    private static final int REPEAT_WINDOW = 2_000;

    private final SplittableRandom random;
    private final String run;
    private long sequence;

    /**
     * @param seed makes the mix repeatable
     * @param run distinguishes this run's authors and ids from earlier runs' on the same stack
     */
    public MentionMix(long seed, String run) {
        this.random = new SplittableRandom(seed);
        this.run = run;
    }

    /** The next mention; not thread-safe (one generator thread). */
    public Mention next(Instant publishedAt) {
        long n = sequence++;
        Phrases lang = LANGUAGES.get(pickLanguage());
        int mood = random.nextInt(100);
        String sentiment = mood < 60 ? "positive" : mood < 80 ? "negative" : "neutral";
        List<String> sentences = sentiment.equals("positive")
                ? lang.positive
                : sentiment.equals("negative") ? lang.negative : lang.neutral;
        long author = n;
        if (n > 0 && random.nextInt(100) < REPEAT_SHARE) {
            author = n - 1 - random.nextInt((int) Math.min(n, REPEAT_WINDOW));
        }
        String handle = "u" + author + "_" + run;
        long followers = 20 + author * 7919 % 50_000;
        String platform = PLATFORMS.get(Math.floorMod(handle.hashCode(), PLATFORMS.size()));
        StringBuilder text = new StringBuilder(sentences.get(random.nextInt(sentences.size())));
        text.append(' ');
        for (int i = 0; i < 5; i++) {
            text.append(lang.words.get(random.nextInt(lang.words.size()))).append(' ');
        }
        text.append('#').append(tag(n));
        String externalId = run + "-" + n;
        String json = "{\"platform\":\"" + platform + "\",\"externalId\":\"" + externalId
                + "\",\"author\":{\"handle\":\"" + handle + "\",\"displayName\":\"" + displayName(handle)
                + "\",\"followers\":" + followers + "},\"url\":\"https://" + platform + ".example/" + handle + "/"
                + externalId + "\",\"text\":\"" + escape(text.toString()) + "\",\"publishedAt\":\"" + publishedAt
                + "\"}";
        return new Mention(json, lang.language, sentiment, handle);
    }

    private int pickLanguage() {
        double r = random.nextDouble();
        for (int i = 0; i < LANGUAGE_SHARE.length; i++) {
            r -= LANGUAGE_SHARE[i];
            if (r < 0) {
                return i;
            }
        }
        return 0;
    }

    /** A word of its own per mention (a hashtag as people write them), so no two texts hash alike. */
    private String tag(long n) {
        String letters = "abcdefghijklmnopqrstuvwxyz";
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            StringBuilder word = new StringBuilder();
            for (int j = 0; j < 6; j++) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            tag.append(word).append(i < 2 ? " #" : "");
        }
        return tag.toString();
    }

    private static String displayName(String handle) {
        return Character.toUpperCase(handle.charAt(0)) + handle.substring(1).replace('_', ' ');
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
