package org.enforcementgraph.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.enforcementgraph.Chromium;
import org.enforcementgraph.GraphIT;
import org.enforcementgraph.GraphQlHttp;
import org.enforcementgraph.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard page in headless Chromium: the map drew the counties, the chart's total is the API's, a click opens the county. */
@GraphIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT {

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	TestGraph graph;

	@LocalServerPort
	int port;

	@BeforeAll
	void fixture() {
		this.graph.reset("graph.cypher");
	}

	@Test
	void theDashboardDrawsTheApisCountiesAndCountsAndOpensACounty(@TempDir Path profile) throws Exception {
		JsonNode counties = this.graphQl.data("{ counties(first: 500) { totalCount edges { node { fips geometry } } } }").get("counties");
		long withGeometry = 0;
		for (JsonNode edge : counties.get("edges")) {
			withGeometry += edge.at("/node/geometry").isNull() ? 0 : 1;
		}
		int signed = 0;
		for (JsonNode count : this.graphQl.data("{ agreementStats(groupBy: MONTH, filter: {program: SECTION_287G}) { count } }").get("agreementStats")) {
			signed += count.get("count").asInt();
		}
		ChromeDriver browser = Chromium.start(profile);
		try {
			browser.get("http://localhost:" + this.port + "/");
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
			wait.until(b -> b.findElement(By.tagName("body")).getDomAttribute("data-ready") != null);
			assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-ready"))
				.as(browser.findElement(By.id("status")).getText()).isEqualTo("true");
			List<WebElement> drawn = browser.findElements(By.cssSelector("#map path.county"));
			assertThat(drawn).hasSize((int) withGeometry);
			assertThat(browser.findElement(By.id("map")).getDomAttribute("data-total")).isEqualTo(counties.get("totalCount").asString());
			int bars = 0;
			for (WebElement bar : browser.findElements(By.cssSelector("#chart rect.bar"))) {
				bars += Integer.parseInt(bar.getDomAttribute("data-count"));
			}
			assertThat(bars).isEqualTo(signed);
			assertThat(browser.findElement(By.id("chart")).getDomAttribute("data-total")).isEqualTo(String.valueOf(signed));

			WebElement county = drawn.get(0);
			String fips = county.getDomAttribute("data-fips");
			String name = this.graphQl.data("{ county(fips: \"" + fips + "\") { name } }").at("/county/name").asString();
			browser.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", county);
			wait.until(b -> b.findElement(By.id("panel-title")).getText().startsWith(name));
			assertThat(browser.findElement(By.id("panel")).isDisplayed()).isTrue();
			assertThat(Integer.parseInt(browser.findElement(By.id("panel-graph")).getDomAttribute("data-nodes"))).isGreaterThan(1);
			Path screenshot = Path.of("target", "screenshots", "dashboard.png");
			Files.createDirectories(screenshot.getParent());
			Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
		}
		finally {
			browser.quit();
		}
	}

}
