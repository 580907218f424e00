-- Selection attributes read, per person, the mentees they settled and the council seats they held.
create index mentoring_mentor_settled on mentoring (mentor_id) where end_reason = 'settled';
create index council_membership_advocate on council_membership (advocate_id);
