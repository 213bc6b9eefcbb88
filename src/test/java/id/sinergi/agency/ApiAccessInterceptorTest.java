package id.sinergi.agency;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The handler-level lock on its own: with every servlet filter switched off, as if a path had slipped
 * past the authentication filter, no admin or agency handler runs without its authenticated caller.
 */
@SpringBootTest
@AutoConfigureMockMvc(addFilters = false)
@ActiveProfiles("test")
class ApiAccessInterceptorTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AgencyTokens tokens;

    @Test
    void adminHandlersRefuseRequestsWithoutAnAuthenticatedAdmin() throws Exception {
        var agency = tokens.issue("interceptor-probe", "Interceptor Probe", Set.of(Scope.values()), null).client();
        mvc.perform(get("/api/admin/agencies")).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(not(containsString("interceptor-probe"))));
        mvc.perform(get("/api/admin/agencies/interceptor-probe").requestAttr(ApiAuthenticationFilter.AGENCY, agency))
                .andExpect(status().isForbidden());
        // The personal-data access log is an admin handler too: who read whose data is not an agency's business.
        mvc.perform(get("/api/admin/personal-data-access?nib=9120300000001").requestAttr(ApiAuthenticationFilter.AGENCY, agency))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/agencies").requestAttr(ApiAuthenticationFilter.ADMIN, "admin"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.agencyId == 'interceptor-probe')]").exists());
    }

    @Test
    void agencyHandlersRefuseRequestsWithoutAnAuthenticatedAgency() throws Exception {
        mvc.perform(get("/api/v1/enforcement-cases")).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/agreements").requestAttr(ApiAuthenticationFilter.ADMIN, "admin"))
                .andExpect(status().isForbidden());
    }

    @Test
    void staffHandlersRefuseRequestsWithoutAStaffMember() throws Exception {
        var agency = tokens.issue("interceptor-staff-probe", "Interceptor Staff Probe", Set.of(Scope.values()), null).client();
        String file = "/api/staff/enforcement-cases/ENF-2026-000001/file";
        mvc.perform(get(file)).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get(file).requestAttr(ApiAuthenticationFilter.AGENCY, agency)).andExpect(status().isForbidden());
        mvc.perform(get("/api/staff/agreements/AGR-2026-0001/file").requestAttr(ApiAuthenticationFilter.ADMIN, "admin"))
                .andExpect(status().isForbidden());
        // With its staff member the handler runs (and finds no such case).
        mvc.perform(get(file).requestAttr(ApiAuthenticationFilter.STAFF,
                        new id.sinergi.system.StaffUser("officer", java.util.List.of("enforcement-officers")))
                .requestAttr(ApiAuthenticationFilter.REQUEST_ID, "interceptor-probe"))
                .andExpect(status().isNotFound());
    }
}
