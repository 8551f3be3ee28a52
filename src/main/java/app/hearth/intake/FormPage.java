package app.hearth.intake;

import app.hearth.common.Problem.FieldError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the HTML form page shows: every section and question with its current value and error, ready for the
 * template, so the template only lays things out. Built from a definition, answers and field errors.
 */
record FormPage(String slug, String title, String description, String formToken, String draftToken,
                       String bookingToken, List<PageSection> sections, List<SummaryError> errors, String notice,
                       String resumeUrl) {

    /** A section with its questions. */
    public record PageSection(String title, String intro, List<PageQuestion> questions) {
    }

    /** One error in the summary at the top, linking to its field. */
    public record SummaryError(String anchor, String text) {
    }

    /** A choice (or a scale point) and whether it is selected. */
    public record Option(String value, String label, boolean checked, String inputId) {
    }

    /** One question as the template draws it. */
    public record PageQuestion(String id, String type, String label, String help, boolean required, String value,
                               List<Option> options, String minLabel, String maxLabel, String consentText,
                               boolean agreed, String signature, String error, String showIfQuestion,
                               String showIfValues, String showIfText, Integer maxLength) {

        public String inputId() {
            return "q-" + id;
        }

        /** The ids that describe the input: help text and error, for aria-describedby. */
        public String describedBy() {
            List<String> ids = new ArrayList<>();
            if (help != null) {
                ids.add(inputId() + "-help");
            }
            if (error != null) {
                ids.add(inputId() + "-error");
            }
            return String.join(" ", ids);
        }

        public String inputType() {
            return switch (type) {
                case "EMAIL" -> "email";
                case "PHONE" -> "tel";
                case "DATE" -> "date";
                default -> "text";
            };
        }

        public String autocomplete() {
            return switch (id) {
                case "full_name", "a_full_name" -> "name";
                case "email", "a_email" -> "email";
                case "phone", "a_phone" -> "tel";
                case "date_of_birth", "a_date_of_birth" -> "bday";
                default -> "off";
            };
        }

        public boolean isGroup() {
            return type.equals("SINGLE_CHOICE") || type.equals("MULTIPLE_CHOICE") || type.equals("SCALE")
                    || type.equals("CONSENT");
        }
    }

    /**
     * @param answers what to show in the fields: saved draft answers, or what the client just sent
     * @param errors  field errors keyed "answers.questionId", others (bookingToken, draftToken) go to the summary only
     */
    public static FormPage of(String slug, FormDefinition form, Map<String, Object> answers, List<FieldError> errors,
                              String formToken, String draftToken, String bookingToken, String notice,
                              String resumeUrl) {
        Map<String, String> byQuestion = new HashMap<>();
        List<SummaryError> summary = new ArrayList<>();
        Map<String, Question> questions = form.questionsById();
        for (FieldError e : errors) {
            String id = e.field().startsWith("answers.") ? e.field().substring("answers.".length()) : null;
            Question q = id == null ? null : questions.get(id);
            if (q != null) {
                byQuestion.putIfAbsent(id, e.message());
            } else {
                summary.add(new SummaryError(null, describe(e)));
            }
        }
        List<PageSection> sections = new ArrayList<>();
        for (FormDefinition.Section s : form.sections()) {
            List<PageQuestion> shown = new ArrayList<>();
            for (Question q : s.questions()) {
                String error = byQuestion.get(q.id());
                if (error != null) {
                    summary.add(new SummaryError("q-" + q.id(), q.label() + ": " + error));
                }
                shown.add(question(q, answers.get(q.id()), error, questions));
            }
            sections.add(new PageSection(s.title(), s.intro(), shown));
        }
        return new FormPage(slug, form.title(), form.description(), formToken, draftToken, bookingToken, sections,
                summary, notice, resumeUrl);
    }

    private static String describe(FieldError e) {
        return switch (e.field()) {
            case "bookingToken" -> "The booking link on this page is not valid. Open the form again from your "
                    + "booking confirmation, or submit without it.";
            case "draftToken" -> "Your saved draft has expired. Your answers are still on this page.";
            default -> e.message();
        };
    }

    private static PageQuestion question(Question q, Object answer, String error, Map<String, Question> all) {
        List<Option> options = new ArrayList<>();
        String value = null;
        boolean agreed = false;
        String signature = null;
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                List<String> picked = answer instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                        : answer == null ? List.of() : List.of(String.valueOf(answer));
                int i = 0;
                for (Question.Choice c : q.options()) {
                    options.add(new Option(c.value(), c.label(), picked.contains(c.value()),
                            i++ == 0 ? "q-" + q.id() : "q-" + q.id() + "-" + c.value()));
                }
            }
            case SCALE -> {
                String picked = answer == null ? null : String.valueOf(answer);
                for (int n = q.min(); n <= q.max(); n++) {
                    String label = q.pointLabels() != null ? n + " – " + q.pointLabels().get(n - q.min())
                            : n == q.min() && q.minLabel() != null ? n + " – " + q.minLabel()
                            : n == q.max() && q.maxLabel() != null ? n + " – " + q.maxLabel() : String.valueOf(n);
                    options.add(new Option(String.valueOf(n), label, String.valueOf(n).equals(picked),
                            n == q.min() ? "q-" + q.id() : "q-" + q.id() + "-" + n));
                }
            }
            case CONSENT -> {
                if (answer instanceof Map<?, ?> m) {
                    agreed = Boolean.TRUE.equals(m.get("agreed"));
                    signature = m.get("signature") == null ? null : String.valueOf(m.get("signature"));
                }
            }
            default -> value = answer == null ? null : String.valueOf(answer);
        }
        String showIf = null;
        String showValues = null;
        String showText = null;
        if (q.showIf() != null) {
            Question source = all.get(q.showIf().question());
            showIf = q.showIf().question();
            showValues = String.join(" ", q.showIf().anyOf());
            showText = "Only if you answered " + labelsOf(source, q.showIf().anyOf()) + " to “" + source.label() + "”.";
        }
        return new PageQuestion(q.id(), q.type().name(), q.label(), q.help(), q.required(), value, options,
                q.minLabel(), q.maxLabel(), q.consentText(), agreed, signature, error, showIf, showValues, showText,
                q.type() == QuestionType.SHORT_TEXT || q.type() == QuestionType.LONG_TEXT ? q.lengthLimit() : null);
    }

    private static String labelsOf(Question source, List<String> values) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (source.options() != null) {
            source.options().forEach(o -> labels.put(o.value(), o.label()));
        }
        List<String> shown = values.stream().map(v -> "“" + labels.getOrDefault(v, "yes") + "”").toList();
        return String.join(" or ", shown);
    }

    /** Answers from an HTML form post: field names are question ids; a consent sends id.agreed and id.signature. */
    public static Map<String, Object> answersFrom(FormDefinition form, Map<String, List<String>> fields) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question q : form.questions()) {
            List<String> values = fields.getOrDefault(q.id(), List.of());
            switch (q.type()) {
                case MULTIPLE_CHOICE -> {
                    if (!values.isEmpty()) {
                        answers.put(q.id(), List.copyOf(values));
                    }
                }
                case CONSENT -> {
                    List<String> agreed = fields.getOrDefault(q.id() + ".agreed", List.of());
                    List<String> signature = fields.getOrDefault(q.id() + ".signature", List.of());
                    if (!agreed.isEmpty() || !signature.isEmpty()) {
                        Map<String, Object> consent = new LinkedHashMap<>();
                        consent.put("agreed", agreed.contains("true"));
                        consent.put("signature", signature.isEmpty() ? "" : signature.get(0));
                        answers.put(q.id(), consent);
                    }
                }
                default -> {
                    if (!values.isEmpty() && !values.get(0).isBlank()) {
                        answers.put(q.id(), values.get(0));
                    }
                }
            }
        }
        return answers;
    }
}
