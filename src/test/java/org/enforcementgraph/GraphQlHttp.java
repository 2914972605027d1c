package org.enforcementgraph;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/** Posts GraphQL documents to the running server over HTTP, as a client would, and returns the JSON response. */
@TestComponent
public class GraphQlHttp {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final Environment environment;

	public GraphQlHttp(Environment environment) {
		this.environment = environment;
	}

	public JsonNode post(String document) {
		return post(document, Map.of(), Map.of());
	}

	public JsonNode post(String document, Map<String, ?> variables) {
		return post(document, variables, Map.of());
	}

	/** The whole response: {@code data}, {@code errors}, {@code extensions}. */
	public JsonNode post(String document, Map<String, ?> variables, Map<String, String> headers) {
		try {
			String body = json.writeValueAsString(Map.of("query", document, "variables", variables));
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.environment.getProperty("local.server.port") + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body));
			headers.forEach(request::header);
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return json.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The {@code data} of a response that must have no errors. */
	public JsonNode data(String document, Map<String, ?> variables) {
		JsonNode response = post(document, variables);
		if (response.has("errors")) {
			throw new AssertionError("GraphQL errors: " + response.get("errors"));
		}
		return response.get("data");
	}

	public JsonNode data(String document) {
		return data(document, Map.of());
	}

}
