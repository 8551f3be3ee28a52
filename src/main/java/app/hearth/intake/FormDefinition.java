package app.hearth.intake;

import app.hearth.common.Problem.FieldError;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A form's content as data: titled sections of questions. Stored as JSON with each published version. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormDefinition(String title, String description, List<Section> sections) {

    private static final String ID_PATTERN = "[a-z][a-z0-9_]{0,39}";

    /** A titled group of questions with an optional introduction. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(String id, String title, String intro, List<Question> questions) {
    }

    /** Every question in page order. */
    public List<Question> questions() {
        List<Question> all = new ArrayList<>();
        if (sections != null) {
            sections.forEach(s -> all.addAll(s.questions() == null ? List.of() : s.questions()));
        }
        return all;
    }

    public Map<String, Question> questionsById() {
        Map<String, Question> byId = new LinkedHashMap<>();
        questions().forEach(q -> byId.put(q.id(), q));
        return byId;
    }

    /**
     * What makes this definition unusable, one entry per offending place, so an admin fixes everything at once:
     * ids unique and simple, choices present, scales ordered, consents versioned, conditions pointing back to an
     * earlier question and one of its values, screening instruments complete.
     */
    public List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (blank(title) || title.length() > 200) {
            problems.add(new FieldError("definition.title", "is required (at most 200 characters)"));
        }
        if (sections == null || sections.isEmpty()) {
            problems.add(new FieldError("definition.sections", "must hold at least one section"));
            return problems;
        }
        Map<String, Question> earlier = new HashMap<>();
        Set<String> sectionIds = new HashSet<>();
        Map<String, Set<Integer>> instrumentItems = new HashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            String at = "definition.sections[" + s + "]";
            if (section.id() == null || !section.id().matches(ID_PATTERN) || !sectionIds.add(section.id())) {
                problems.add(new FieldError(at + ".id", "must be a unique id of lowercase letters, digits and _"));
            }
            if (blank(section.title())) {
                problems.add(new FieldError(at + ".title", "is required"));
            }
            if (section.questions() == null || section.questions().isEmpty()) {
                problems.add(new FieldError(at + ".questions", "must hold at least one question"));
                continue;
            }
            for (int i = 0; i < section.questions().size(); i++) {
                Question q = section.questions().get(i);
                String qat = at + ".questions[" + i + "]";
                String problem = problemOf(q, earlier, instrumentItems);
                if (problem != null) {
                    problems.add(new FieldError(qat, problem));
                }
                if (q.id() != null) {
                    earlier.putIfAbsent(q.id(), q);
                }
            }
        }
        instrumentItems.forEach((instrument, items) -> {
            if (!items.equals(Screening.Instrument.valueOf(instrument).itemNumbers())) {
                problems.add(new FieldError("definition.sections", instrument + " must have each of its items exactly once"));
            }
        });
        return problems;
    }

    private static String problemOf(Question q, Map<String, Question> earlier, Map<String, Set<Integer>> items) {
        if (q.id() == null || !q.id().matches(ID_PATTERN)) {
            return "id must be lowercase letters, digits and _ (at most 40)";
        }
        if (earlier.containsKey(q.id())) {
            return "id " + q.id() + " is used twice";
        }
        if (q.type() == null) {
            return "type is required";
        }
        if (blank(q.label()) || q.label().length() > 1000) {
            return "label is required (at most 1000 characters)";
        }
        if (q.maxLength() != null && (q.maxLength() < 1 || q.maxLength() > 8000)) {
            return "maxLength must be between 1 and 8000";
        }
        if (q.type().hasOptions()) {
            if (q.options() == null || q.options().isEmpty()) {
                return "a choice needs options";
            }
            Set<String> values = new HashSet<>();
            for (Question.Choice c : q.options()) {
                if (blank(c.value()) || blank(c.label()) || !values.add(c.value()) || c.value().length() > 100) {
                    return "options need unique values and labels";
                }
            }
        }
        if (q.type() == QuestionType.SCALE && (q.min() == null || q.max() == null || q.min() >= q.max()
                || q.max() - q.min() > 100)) {
            return "a scale needs min < max";
        }
        if (q.pointLabels() != null && (q.type() != QuestionType.SCALE
                || q.pointLabels().size() != q.max() - q.min() + 1 || q.pointLabels().stream().anyMatch(FormDefinition::blank))) {
            return "pointLabels must label each point of a scale";
        }
        if (q.type() == QuestionType.CONSENT && (blank(q.consentText()) || blank(q.consentVersion()))) {
            return "a consent needs consentText and consentVersion";
        }
        if (q.instrument() != null) {
            Screening.Instrument instrument;
            try {
                instrument = Screening.Instrument.valueOf(q.instrument());
            } catch (IllegalArgumentException e) {
                return "instrument must be PHQ9 or GAD7";
            }
            if (q.type() != QuestionType.SCALE || q.min() == null || q.min() != 0 || q.max() == null || q.max() != 3
                    || q.item() == null || !instrument.itemNumbers().contains(q.item()) || !q.required()
                    || q.showIf() != null) {
                return "a screening item is a required, unconditional 0-3 scale with its item number";
            }
            if (!items.computeIfAbsent(q.instrument(), k -> new HashSet<>()).add(q.item())) {
                return q.instrument() + " item " + q.item() + " appears twice";
            }
        }
        if (q.showIf() != null) {
            Question source = earlier.get(q.showIf().question());
            if (source == null) {
                return "showIf must name an earlier question";
            }
            if (q.showIf().anyOf() == null || q.showIf().anyOf().isEmpty()) {
                return "showIf needs values";
            }
            for (String value : q.showIf().anyOf()) {
                boolean known = switch (source.type()) {
                    case SINGLE_CHOICE, MULTIPLE_CHOICE -> source.hasOption(value);
                    case CONSENT -> "true".equals(value);
                    default -> false;
                };
                if (!known) {
                    return "showIf may only test a choice or consent for one of its values";
                }
            }
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
