package org.byline.exchange;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * IPTC's ninjs 3.2 schema (the copy import reads, in src/main/resources, with its licence), with format
 * assertion switched on: a uri that is not a URI or a time without seconds is an error, not a
 * note. Both schemas are registered by $id, so validating never reaches the network.
 */
public final class Ninjs32 {
    private static final String NINJS_ID = "http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json";
    private static final String COPY = "org/byline/exchange/imports/";
    private static final String GEOJSON_ID = "https://geojson.org/schema/GeoJSON.json";
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemas(Map.of(
                                    NINJS_ID,
                                    resource(COPY + "ninjs-schema_3.2.json"),
                                    GEOJSON_ID,
                                    resource(COPY + "GeoJSON-schema.json")))
                            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build()))
            .getSchema(SchemaLocation.of(NINJS_ID));

    private Ninjs32() {}

    /** The schema's complaints about {@code json}, the specific ones first; empty when it is valid ninjs 3.2. */
    public static List<String> problems(String json) {
        List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }

    private static String resource(String name) {
        try (InputStream in = Ninjs32.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
