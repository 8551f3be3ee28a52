package app.hearth.blog;

/** One construct of a pasted article the importer recognises, tried on each line in {@link LineRules} order. */
interface LineRule {

    /** Handles the (stripped) line if it is this rule's construct, and says so; false passes it to the next rule. */
    boolean apply(String line, ImportState state);
}
