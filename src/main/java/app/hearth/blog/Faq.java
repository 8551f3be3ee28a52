package app.hearth.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One question and its answer at the end of an article (also published as FAQPage JSON-LD). */
@Embeddable
public class Faq {

    @Column(nullable = false)
    public String question;
    @Column(nullable = false)
    public String answer;

    public Faq() {
    }

    public Faq(String question, String answer) {
        this.question = question;
        this.answer = answer;
    }
}
