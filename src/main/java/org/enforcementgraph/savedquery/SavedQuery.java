package org.enforcementgraph.savedquery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enforcementgraph.system.GraphException;

/**
 * A named investigative query from {@code cypher/queries/NAME.cypher}: its header comment gives the title, what it
 * answers and its parameters ({@code // param: NAME: TYPE = EXAMPLE | description}); the rest is the Cypher. The same
 * file feeds the Browser guide, the GraphQL {@code savedQuery} field and the tests.
 */
public record SavedQuery(String name, String title, String answers, List<Parameter> parameters, String cypher) {

	/**
	 * @param type {@code String}, {@code Date} or {@code Integer}
	 * @param example a Cypher literal for the guide's {@code :param}; the API passes null when a parameter is
	 * omitted and the query chooses its own default
	 */
	public record Parameter(String name, String type, String example, String description) {
	}

	private static final Pattern HEADER = Pattern.compile("^//\\s*(title|answers|param):\\s*(.*)$");

	private static final Pattern PARAMETER = Pattern.compile("(\\w+):\\s*(String|Date|Integer)\\s*=\\s*(.+?)\\s*\\|\\s*(.*)");

	static SavedQuery parse(String name, String text) {
		String title = null;
		String answers = null;
		List<Parameter> parameters = new ArrayList<>();
		StringBuilder cypher = new StringBuilder();
		for (String line : text.replace("\r\n", "\n").split("\n")) {
			Matcher header = HEADER.matcher(line.strip());
			if (cypher.isEmpty() && header.matches()) {
				switch (header.group(1)) {
					case "title" -> title = header.group(2).strip();
					case "answers" -> answers = header.group(2).strip();
					default -> {
						Matcher parameter = PARAMETER.matcher(header.group(2).strip());
						if (!parameter.matches()) {
							throw new GraphException("cypher/queries/" + name + ".cypher: the parameter line '" + line
									+ "' is not 'param: NAME: String|Date|Integer = EXAMPLE | description'");
						}
						parameters.add(new Parameter(parameter.group(1), parameter.group(2), parameter.group(3),
								parameter.group(4).strip()));
					}
				}
			}
			else if (!line.isBlank() || !cypher.isEmpty()) {
				cypher.append(line).append('\n');
			}
		}
		if (title == null || answers == null || cypher.toString().isBlank()) {
			throw new GraphException("cypher/queries/" + name + ".cypher needs '// title:' and '// answers:' header lines"
					+ " and a query");
		}
		return new SavedQuery(name, title, answers, List.copyOf(parameters), cypher.toString().strip());
	}

}
