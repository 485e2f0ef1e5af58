package sage.server.audit.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import sage.server.audit.RequestContext;
import sage.server.platform.web.RequestId;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentRequestTest {

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void readsAddressUserAgentAndRequestIdOfTheRequestOnThisThread() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/things");
		request.setRemoteAddr("203.0.113.7");
		request.addHeader("User-Agent", "curl/8.5.0");
		// the attribute RequestIdFilter sets
		request.setAttribute(RequestId.class.getName(), "req-42");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

		assertThat(new CurrentRequest().context()).isEqualTo(new RequestContext("203.0.113.7", "curl/8.5.0", "req-42"));
	}

	@Test
	void cutsAnOverlongUserAgent() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("User-Agent", "x".repeat(5000));
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

		assertThat(new CurrentRequest().context().userAgent()).hasSize(CurrentRequest.USER_AGENT_LENGTH);
	}

	@Test
	void hasNothingOutsideARequest() {
		assertThat(new CurrentRequest().context()).isEqualTo(RequestContext.NONE);
	}

}
