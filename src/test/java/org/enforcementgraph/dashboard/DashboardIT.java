package org.enforcementgraph.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
import org.enforcementgraph.RealGraph;
import org.enforcementgraph.RealGraphLast;
import org.enforcementgraph.TestGraph;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard page in headless Chromium on the real data: the map drew every county with an outline, the chart's
 * total is the API's and shows the 2025 surge, a click opens the county.
 */
@GraphIT
@RealGraphLast.Uses
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT {

	@Autowired
	GraphQlHttp graphQl;

	@Autowired
	TestGraph graph;

	@Autowired
	RealGraph realGraph;

	@LocalServerPort
	int port;

	@BeforeAll
	void realData() {
		this.realGraph.ensure();
	}

	@Test
	void theDashboardDrawsTheApisCountiesAndCountsAndOpensACounty(@TempDir Path profile) throws Exception {
		JsonNode counties = this.graphQl.data("{ counties(first: 1) { totalCount } }").get("counties");
		long withGeometry = (Long) this.graph.value("MATCH (c:County) WHERE c.geometry IS NOT NULL RETURN count(c)", Map.of());
		int signed = 0;
		int signedIn2025 = 0;
		int signedBefore2025 = 0;
		for (JsonNode count : this.graphQl.data("{ agreementStats(groupBy: MONTH, filter: {program: SECTION_287G}) { key count } }").get("agreementStats")) {
			String month = count.get("key").asString();
			if (!month.matches("\\d{4}-\\d{2}")) {
				continue; // agreements without a signing date (the Post's yearly history, requests not signed) have no month
			}
			signed += count.get("count").asInt();
			signedIn2025 += month.startsWith("2025") ? count.get("count").asInt() : 0;
			signedBefore2025 += (month.compareTo("2025") < 0) ? count.get("count").asInt() : 0;
		}
		assertThat(signedIn2025).as("the 2025 surge").isGreaterThan(5 * signedBefore2025);
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
			int drawn2025 = 0;
			for (WebElement bar : browser.findElements(By.cssSelector("#chart rect.bar[data-month^='2025']"))) {
				drawn2025 += Integer.parseInt(bar.getDomAttribute("data-count"));
			}
			assertThat(drawn2025).as("the chart's bars of 2025, the surge").isEqualTo(signedIn2025);

			WebElement county = browser.findElement(By.cssSelector("#map path.county[data-fips='01055']"));
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
