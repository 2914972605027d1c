package org.enforcementgraph.export;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard (static files under {@code static/dashboard}) is the home page. */
@Controller
final class DashboardPage {

	@GetMapping({ "/", "/dashboard" })
	String dashboard() {
		return "redirect:/dashboard/";
	}

	@GetMapping("/dashboard/")
	String index() {
		return "forward:/dashboard/index.html";
	}

}
