package io.pactum.analytics.web.dashboard;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The dashboard is static files under {@code static/dashboard/}: {@code /dashboard} redirects to
 * {@code /dashboard/} (so the page's relative links resolve), which shows {@code index.html}.
 */
@Configuration
@EnableConfigurationProperties(DashboardSettings.class)
class DashboardPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/dashboard", "/dashboard/");
        registry.addViewController("/dashboard/").setViewName("forward:/dashboard/index.html");
    }
}
