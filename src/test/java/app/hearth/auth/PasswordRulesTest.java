package app.hearth.auth;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordRulesTest {

    private final PasswordRules rules = new PasswordRules();

    @Test
    void theBundledListHoldsAtLeastTenThousandCommonPasswords() {
        assertTrue(rules.listSize() >= 10_000, "list size " + rules.listSize());
    }

    @Test
    void lengthAndTheCommonListDecideNothingElse() {
        assertTrue(rules.problem("short one").orElseThrow().contains("at least 12"));
        assertTrue(rules.problem("Password1234").orElseThrow().contains("commonly used"), "case does not matter");
        assertEquals(java.util.Optional.empty(), rules.problem("all lower case words here"), "no composition rules");
        assertEquals(java.util.Optional.empty(), rules.problem("😀".repeat(12)), "characters, not bytes, count");
        assertTrue(rules.problem("x".repeat(201)).isPresent());
    }
}
