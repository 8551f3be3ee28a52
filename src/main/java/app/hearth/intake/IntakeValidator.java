package app.hearth.intake;

import app.hearth.common.TextRules;

import app.hearth.common.MailAddress;
import app.hearth.common.Problem.FieldError;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks answers against a form definition and returns the clean answers plus one error per wrong field, all at
 * once. Questions whose condition does not hold are not asked, so their answers are dropped, never stored.
 */
final class IntakeValidator {

    /** A draft may be incomplete; a submission must answer every required, shown question. */
    public enum Mode { DRAFT, SUBMIT }

    /** Clean answers (only shown, non-blank, well-typed ones) and the errors, keyed "answers.questionId". */
    public record Result(Map<String, Object> answers, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private static final Pattern PHONE = Pattern.compile("[+0-9 ().x-]{7,40}");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final int SIGNATURE_LENGTH = 200;

    private IntakeValidator() {
    }

    /**
     * @param today the practice's date, for "not in the future" dates
     * @param now   stamped on consents when submitting, with the version of the consent text
     */
    public static Result validate(FormDefinition form, Map<String, Object> raw, Mode mode, LocalDate today,
                                  Instant now) {
        Map<String, Object> input = raw == null ? Map.of() : raw;
        Map<String, Question> questions = form.questionsById();
        List<FieldError> errors = new ArrayList<>();
        for (String key : input.keySet()) {
            if (!questions.containsKey(key)) {
                errors.add(error(key.length() > 60 ? key.substring(0, 60) : key, "is not a question of this form"));
            }
        }
        Map<String, Object> clean = new LinkedHashMap<>();
        Set<String> shown = new HashSet<>();
        for (Question q : questions.values()) {
            if (!isShown(q, clean, shown)) {
                continue;
            }
            shown.add(q.id());
            Object value = input.get(q.id());
            if (isBlank(value)) {
                if (mode == Mode.SUBMIT && q.required()) {
                    errors.add(error(q.id(), q.type() == QuestionType.CONSENT
                            ? "must be agreed to and signed with your full name" : "is required"));
                }
                continue;
            }
            try {
                clean.put(q.id(), check(q, value, mode, today, now));
            } catch (Wrong wrong) {
                errors.add(error(q.id(), wrong.getMessage()));
            }
        }
        return new Result(clean, errors);
    }

    /** Whether a question is asked given the (clean) answers to earlier ones. */
    public static boolean isShown(Question q, Map<String, Object> earlierAnswers, Set<String> shownEarlier) {
        Condition when = q.showIf();
        if (when == null) {
            return true;
        }
        if (!shownEarlier.contains(when.question())) {
            return false;
        }
        Object answer = earlierAnswers.get(when.question());
        if (answer instanceof String s) {
            return when.anyOf().contains(s);
        }
        if (answer instanceof List<?> list) {
            return list.stream().anyMatch(when.anyOf()::contains);
        }
        if (answer instanceof Map<?, ?> consent) {
            return Boolean.TRUE.equals(consent.get("agreed")) && when.anyOf().contains("true");
        }
        return false;
    }

    private static Object check(Question q, Object value, Mode mode, LocalDate today, Instant now) {
        return switch (q.type()) {
            case SHORT_TEXT -> text(q, value, true);
            case LONG_TEXT -> text(q, value, false);
            case EMAIL -> {
                String email = text(q, value, true);
                if (!MailAddress.Validator.isValid(email)) {
                    throw new Wrong("must be a valid email address");
                }
                yield email;
            }
            case PHONE -> {
                String phone = text(q, value, true);
                if (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 7) {
                    throw new Wrong("must be a phone number of digits, spaces and + ( ) . -");
                }
                yield phone;
            }
            case DATE -> date(q, value, today);
            case SINGLE_CHOICE -> {
                if (!(value instanceof String s) || !q.hasOption(s)) {
                    throw new Wrong("must be one of the offered choices");
                }
                yield s;
            }
            case MULTIPLE_CHOICE -> choices(q, value);
            case SCALE -> {
                Integer n = value instanceof Integer i ? i
                        : value instanceof String s && s.strip().matches("-?\\d{1,3}") ? Integer.valueOf(s.strip()) : null;
                if (n == null || n < q.min() || n > q.max()) {
                    throw new Wrong("must be a whole number from " + q.min() + " to " + q.max());
                }
                yield n;
            }
            case CONSENT -> consent(q, value, mode, now);
        };
    }

    private static String text(Question q, Object value, boolean singleLine) {
        if (!(value instanceof String s)) {
            throw new Wrong("must be text");
        }
        String stripped = s.strip();
        if (stripped.length() > q.lengthLimit()) {
            throw new Wrong("must be at most " + q.lengthLimit() + " characters");
        }
        if (singleLine ? !TextRules.isSingleLine(stripped) : !TextRules.isMultiLine(stripped)) {
            throw new Wrong(singleLine ? "must be one line without control or invisible formatting characters"
                    : "must not contain control or invisible formatting characters");
        }
        return stripped;
    }

    private static String date(Question q, Object value, LocalDate today) {
        if (!(value instanceof String s)) {
            throw new Wrong("must be a date as YYYY-MM-DD");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new Wrong("must be a date as YYYY-MM-DD");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(today.plusYears(5))) {
            throw new Wrong("must be a date between 1900 and five years from now");
        }
        if (Boolean.TRUE.equals(q.pastOnly()) && date.isAfter(today)) {
            throw new Wrong("must not be in the future");
        }
        return date.toString();
    }

    private static List<String> choices(Question q, Object value) {
        List<?> list = value instanceof List<?> l ? l : value instanceof String s ? List.of(s) : null;
        if (list == null || list.size() > q.options().size()) {
            throw new Wrong("must be a list of the offered choices");
        }
        List<String> picked = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String s) || !q.hasOption(s)) {
                throw new Wrong("must only hold offered choices");
            }
            if (!picked.contains(s)) {
                picked.add(s);
            }
        }
        return picked;
    }

    private static Map<String, Object> consent(Question q, Object value, Mode mode, Instant now) {
        if (!(value instanceof Map<?, ?> given)) {
            throw new Wrong("must be {agreed, signature}");
        }
        Object agreed = given.get("agreed");
        Object signature = given.get("signature");
        if (agreed != null && !(agreed instanceof Boolean) || signature != null && !(signature instanceof String)) {
            throw new Wrong("must be {agreed: true or false, signature: your full name}");
        }
        String name = signature == null ? "" : ((String) signature).strip();
        if (name.length() > SIGNATURE_LENGTH || !TextRules.isSingleLine(name)) {
            throw new Wrong("the signature must be one line of at most " + SIGNATURE_LENGTH + " characters");
        }
        boolean yes = Boolean.TRUE.equals(agreed);
        if (mode == Mode.SUBMIT && (q.required() || yes) && (!yes || name.isEmpty())) {
            throw new Wrong("must be agreed to and signed with your full name");
        }
        Map<String, Object> clean = new LinkedHashMap<>();
        clean.put("agreed", yes);
        clean.put("signature", name);
        if (mode == Mode.SUBMIT && yes) {
            // what was agreed to, and when: the text version pins the wording the client saw
            clean.put("signedAt", now.toString());
            clean.put("textVersion", q.consentVersion());
        }
        return clean;
    }

    private static boolean isBlank(Object value) {
        return value == null || value instanceof String s && s.isBlank()
                || value instanceof List<?> l && l.isEmpty()
                || value instanceof Map<?, ?> m && !Boolean.TRUE.equals(m.get("agreed"))
                && (m.get("signature") == null || m.get("signature") instanceof String s2 && s2.isBlank());
    }

    private static FieldError error(String questionId, String message) {
        return new FieldError("answers." + questionId, message);
    }

    /** One wrong answer; caught per question so every error is reported together. */
    private static final class Wrong extends RuntimeException {
        Wrong(String message) {
            super(message, null, false, false);
        }
    }
}
