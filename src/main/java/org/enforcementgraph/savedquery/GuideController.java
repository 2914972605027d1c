package org.enforcementgraph.savedquery;

import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The Neo4j Browser guide ({@code :play http://localhost:8080/guide}): a slide on the model, then one slide per saved
 * query with its question and one-click {@code :params} and query blocks. Browser fetches it from its own origin,
 * hence the CORS permission on this address only.
 */
@RestController
final class GuideController {

	private final SavedQueries queries;

	GuideController(SavedQueries queries) {
		this.queries = queries;
	}

	@CrossOrigin(origins = "*")
	@GetMapping(path = "/guide", produces = MediaType.TEXT_HTML_VALUE)
	String guide() {
		StringBuilder html = new StringBuilder("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
		html.append("""
				<slide class="row-fluid">
				  <div class="col-sm-3">
				    <h3>Enforcement Graph</h3>
				    <p class="lead">Who cooperates with ICE, how, since when, and who says so.</p>
				  </div>
				  <div class="col-sm-9">
				    <p>Agencies (sheriffs, police) are <code>PARTY_TO</code> agreements with ICE: 287(g) (jail enforcement,
				    warrant service officer, task force), detention contracts (IGSA, USMS IGA). Agencies <code>SERVES</code>
				    counties, which are <code>IN_STATE</code>; states <code>ENACTED</code> laws; people <code>HELD_OFFICE</code>
				    at agencies; facilities are <code>LOCATED_IN</code> counties and <code>OPERATED_BY</code> companies;
				    reports <code>NAMES</code> jurisdictions. Every fact <code>CITES</code> its <code>Source</code>, and every
				    relationship lists its sources.</p>
				    <pre class="pre-scrollable code runnable">CALL db.schema.visualization()</pre>
				    <p>The next slides run the investigative queries kept in <code>cypher/queries</code>. Click a block to put
				    it in the editor, then run it; set the parameters first.</p>
				  </div>
				</slide>
				""");
		for (SavedQuery query : this.queries.all()) {
			html.append("<slide class=\"row-fluid\">\n  <div class=\"col-sm-3\">\n    <h3>")
				.append(HtmlUtils.htmlEscape(query.title()))
				.append("</h3>\n  </div>\n  <div class=\"col-sm-9\">\n    <p>")
				.append(HtmlUtils.htmlEscape(query.answers()))
				.append("</p>\n");
			if (!query.parameters().isEmpty()) {
				html.append("    <ul>\n");
				query.parameters().forEach(p -> html.append("      <li><code>").append(p.name()).append("</code>: ")
					.append(HtmlUtils.htmlEscape(p.description())).append("</li>\n"));
				html.append("    </ul>\n    <pre class=\"pre-scrollable code runnable\">:params {")
					.append(query.parameters().stream().map(p -> p.name() + ": " + HtmlUtils.htmlEscape(p.example()))
						.collect(Collectors.joining(", ")))
					.append("}</pre>\n");
			}
			html.append("    <pre class=\"pre-scrollable code runnable\">").append(HtmlUtils.htmlEscape(query.cypher()))
				.append("</pre>\n    <p><small>cypher/queries/").append(query.name()).append(".cypher</small></p>\n  </div>\n</slide>\n");
		}
		return html.append("</carousel>\n</article>\n").toString();
	}

}
