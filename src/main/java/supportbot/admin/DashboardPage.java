package supportbot.admin;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;
import supportbot.analytics.OrderComparison;
import supportbot.analytics.StatsReport;
import supportbot.analytics.Wilson;

/**
 * The dashboard, rendered on the server from a {@link StatsReport}: resolution per day, a funnel per
 * symptom, each fix's success rate with its 95 % interval, and containment, each chart with the numbers
 * behind it in a table below. The charts are drawn by Chart.js from the same numbers (embedded as JSON);
 * without scripts the tables still say everything. Only counts: never a user's words or ids.
 */
final class DashboardPage {
    static final List<Integer> PERIODS = List.of(7, 30, 90);

    private DashboardPage() {
    }

    static String render(StatsReport report, int days, List<OrderComparison> orders) {
        StringBuilder html = new StringBuilder();
        html.append("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>supportbot dashboard</title>
                <link rel="stylesheet" href="/assets/dashboard.css">
                </head><body>
                <header><h1>supportbot</h1><nav>""");
        for (int period : PERIODS) {
            html.append(period == days ? "<strong>" + period + " days</strong> "
                    : "<a href=\"/?days=" + period + "\">" + period + " days</a> ");
        }
        html.append("</nav></header>\n<main>\n");
        resolution(html, report);
        funnel(html, report);
        fixes(html, report);
        if (!orders.isEmpty()) {
            orders(html, orders);
        }
        containment(html, report);
        html.append("</main>\n<script type=\"application/json\" id=\"figures\">")
                .append(figures(report).toString().replace("</", "<\\/"))
                .append("</script>\n<script src=\"/assets/chart.umd.min.js\"></script>\n<script src=\"/assets/dashboard.js\"></script>\n")
                .append("</body></html>\n");
        return html.toString();
    }

    private static void resolution(StringBuilder html, StatsReport report) {
        html.append("<section id=\"resolution\"><h2>Resolution per day</h2>\n<div class=\"chart\"><canvas id=\"chart-resolution\"></canvas></div>\n");
        table(html, List.of("day", "begun", "resolved", "out of fixes", "handed off", "abandoned", "other"),
                report.days().stream().map(d -> List.of(d.day(), n(d.begun()), n(d.resolved()), n(d.outOfFixes()),
                        n(d.handedOff()), n(d.abandoned()), n(d.other()))).toList());
        html.append("</section>\n");
    }

    private static void funnel(StringBuilder html, StatsReport report) {
        html.append("<section id=\"funnel\"><h2>Funnel per symptom</h2>\n");
        Map<String, List<StatsReport.FunnelStep>> bySymptom = report.funnel().stream()
                .collect(Collectors.groupingBy(StatsReport.FunnelStep::intent, TreeMap::new, Collectors.toList()));
        int i = 0;
        for (Map.Entry<String, List<StatsReport.FunnelStep>> symptom : bySymptom.entrySet()) {
            html.append("<h3>").append(escape(symptom.getKey())).append("</h3>\n<div class=\"chart\"><canvas id=\"chart-funnel-")
                    .append(i++).append("\"></canvas></div>\n");
            table(html, List.of("fix", "reached", "fixed", "not fixed", "skipped", "left"),
                    symptom.getValue().stream().map(f -> List.of("fix " + f.position(), n(f.reached()), n(f.fixed()),
                            n(f.notFixed()), n(f.skipped()), n(f.left()))).toList());
        }
        html.append("</section>\n");
    }

    private static void fixes(StringBuilder html, StatsReport report) {
        html.append("<section id=\"fixes\"><h2>Fix success per symptom (95 % Wilson interval)</h2>\n")
                .append("<div class=\"chart\"><canvas id=\"chart-fixes\"></canvas></div>\n");
        table(html, List.of("symptom", "fix", "fixed", "not fixed", "success", "interval"),
                report.fixesByIntent().stream().map(f -> {
                    Wilson w = Wilson.of(f.fixed(), f.fixed() + f.notFixed());
                    boolean none = f.fixed() + f.notFixed() == 0;
                    return List.of(f.intent(), f.fix(), n(f.fixed()), n(f.notFixed()), none ? "-" : percent(w.rate()),
                            none ? "-" : percent(w.low()) + " to " + percent(w.high()));
                }).toList());
        html.append("</section>\n");
    }

    /** With the learned order on: each symptom's fixes as written and as they are offered now. */
    private static void orders(StringBuilder html, List<OrderComparison> orders) {
        html.append("<section id=\"orders\"><h2>Fix order: as written and as learned</h2>\n");
        for (OrderComparison order : orders) {
            html.append("<h3>").append(escape(order.intent())).append("</h3>\n");
            List<List<String>> rows = new java.util.ArrayList<>();
            for (int i = 0; i < order.written().size(); i++) {
                rows.add(List.of(String.valueOf(i + 1), order.written().get(i), order.learned().get(i)));
            }
            table(html, List.of("#", "as written", "as learned"), rows);
        }
        html.append("</section>\n");
    }

    private static void containment(StringBuilder html, StatsReport report) {
        StatsReport.Containment c = report.containment();
        html.append("<section id=\"containment\"><h2>Containment and ratings</h2>\n")
                .append("<div class=\"chart small\"><canvas id=\"chart-containment\"></canvas></div>\n");
        table(html, List.of("figure", "count"), List.of(
                List.of("problems resolved", n(c.resolved())),
                List.of("came back within 7 days (same symptom)", n(c.cameBack())),
                List.of("resolved and stayed resolved", n(c.resolved() - c.cameBack())),
                List.of("rated helpful", n(report.helpful())),
                List.of("rated not helpful", n(report.notHelpful()))));
        html.append("</section>\n");
    }

    /** The numbers the charts draw: the same as in the tables. */
    private static JsonObject figures(StatsReport report) {
        JsonObject figures = new JsonObject();
        JsonArray days = new JsonArray();
        for (StatsReport.DayRow d : report.days()) {
            JsonObject day = new JsonObject();
            day.addProperty("day", d.day());
            day.addProperty("resolved", d.resolved());
            day.addProperty("outOfFixes", d.outOfFixes());
            day.addProperty("handedOff", d.handedOff());
            day.addProperty("abandoned", d.abandoned());
            day.addProperty("other", d.other());
            days.add(day);
        }
        figures.add("days", days);
        JsonObject funnels = new JsonObject();
        for (StatsReport.FunnelStep f : report.funnel()) {
            if (!funnels.has(f.intent())) {
                funnels.add(f.intent(), new JsonArray());
            }
            JsonObject step = new JsonObject();
            step.addProperty("position", f.position());
            step.addProperty("reached", f.reached());
            step.addProperty("fixed", f.fixed());
            step.addProperty("notFixed", f.notFixed());
            step.addProperty("skipped", f.skipped());
            step.addProperty("left", f.left());
            funnels.getAsJsonArray(f.intent()).add(step);
        }
        figures.add("funnels", funnels);
        JsonArray fixes = new JsonArray();
        for (StatsReport.FixRow f : report.fixesByIntent()) {
            if (f.fixed() + f.notFixed() == 0) {
                continue;
            }
            Wilson w = Wilson.of(f.fixed(), f.fixed() + f.notFixed());
            JsonObject fix = new JsonObject();
            fix.addProperty("label", f.intent() + " / " + f.fix());
            fix.addProperty("rate", w.rate());
            fix.addProperty("low", w.low());
            fix.addProperty("high", w.high());
            fixes.add(fix);
        }
        figures.add("fixes", fixes);
        JsonObject containment = new JsonObject();
        containment.addProperty("stayed", report.containment().resolved() - report.containment().cameBack());
        containment.addProperty("cameBack", report.containment().cameBack());
        figures.add("containment", containment);
        return figures;
    }

    private static void table(StringBuilder html, List<String> header, List<List<String>> rows) {
        html.append("<table><thead><tr>");
        header.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>\n");
        if (rows.isEmpty()) {
            html.append("<tr><td colspan=\"").append(header.size()).append("\">nothing in this period</td></tr>\n");
        }
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    /** The page that asks for the admin token (sent as a form; a cookie keeps the session). */
    static String login(String problem) {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>supportbot dashboard: sign in</title>
                <link rel="stylesheet" href="/assets/dashboard.css">
                </head><body><main class="login"><h1>supportbot</h1>
                """ + (problem == null ? "" : "<p class=\"problem\">" + escape(problem) + "</p>\n") + """
                <form method="post" action="/login"><label>Admin token <input type="password" name="token" autofocus></label>
                <button type="submit">Open the dashboard</button></form></main></body></html>
                """;
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.0f %%", rate * 100);
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }
}
