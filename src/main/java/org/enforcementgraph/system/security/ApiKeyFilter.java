package org.enforcementgraph.system.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}. Requests
 * without a key are anonymous readers; a key that matches nobody is refused outright (401), so a writer learns at
 * once that their key is wrong instead of being silently treated as anonymous.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

	private final ApiKeys keys;

	ApiKeyFilter(ApiKeys keys) {
		this.keys = keys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = keyOf(request);
		if (key != null) {
			ApiKeys.ApiKey holder = this.keys.holderOf(key).orElse(null);
			if (holder == null) {
				response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
				response.setContentType("application/json");
				response.getWriter().write("{\"errors\":[{\"message\":\"This API key is not known; check it or send none to read\","
						+ "\"extensions\":{\"classification\":\"UNAUTHORIZED\"}}]}");
				return;
			}
			List<SimpleGrantedAuthority> roles = holder.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(holder.name(), null, roles));
		}
		chain.doFilter(request, response);
	}

	private static String keyOf(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return header.substring(7).strip();
		}
		return request.getHeader("X-API-Key");
	}

}
