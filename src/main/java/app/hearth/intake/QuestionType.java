package app.hearth.intake;

/** The kinds of question a form may ask; each decides what an answer must look like. */
public enum QuestionType {
    SHORT_TEXT, LONG_TEXT, EMAIL, PHONE, DATE, SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, CONSENT;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
