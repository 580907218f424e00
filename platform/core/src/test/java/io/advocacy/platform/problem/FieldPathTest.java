package io.advocacy.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldPathTest {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    record Author(@NotBlank String handle, @PositiveOrZero long followers) {}

    record Mention(@NotBlank String text, @Valid Author author) {}

    record Batch(@Valid List<Mention> mentions, List<@NotBlank String> texts) {}

    private List<String> fields(Object bean) {
        return validator.validate(bean).stream()
                .map(ProblemMappers::fieldOf)
                .sorted()
                .toList();
    }

    @Test
    void namesNestedFieldsWithDots() {
        assertThat(fields(new Mention("hi", new Author("ada", -1)))).containsExactly("author.followers");
    }

    @Test
    void putsAListElementsIndexAfterTheListsName() {
        Batch batch = new Batch(
                List.of(new Mention("ok", new Author("a", 1)), new Mention("", new Author("", 1))),
                List.of("fine", " "));
        assertThat(fields(batch)).containsExactly("mentions[1].author.handle", "mentions[1].text", "texts[1]");
    }
}
