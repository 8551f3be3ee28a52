package app.hearth.pagecheck;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** What the app answered to a visit: the final address after redirects, the status, the type and the text. */
record CrawledPage(Visit visit, String url, int status, String contentType, String body) {

    boolean isHtml() {
        return contentType.startsWith("text/html");
    }

    /** The page parsed, with links resolved against its own address. */
    Document document() {
        return Jsoup.parse(body, url);
    }
}
