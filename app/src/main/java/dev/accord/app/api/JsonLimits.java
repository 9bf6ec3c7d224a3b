package dev.accord.app.api;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Bounds on the JSON the API reads, beside the body's size (RequestBodyLimit): nesting, one text and one number.
 * Far above anything Accord's requests hold, far below Jackson's defaults (1,000 levels, 20 million characters).
 * Only the API's reader gets them: the ObjectMapper that reads stored events keeps Jackson's defaults, so no
 * limit chosen here can ever make a recorded event unreadable.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits implements WebMvcConfigurer {

    static final StreamReadConstraints API = StreamReadConstraints.builder()
            .maxNestingDepth(32)
            .maxStringLength(100_000)
            .maxNumberLength(64)
            .build();

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter jackson) {
                ObjectMapper bounded = jackson.getObjectMapper().copy();
                bounded.getFactory().setStreamReadConstraints(API);
                jackson.setObjectMapper(bounded);
            }
        }
    }
}
