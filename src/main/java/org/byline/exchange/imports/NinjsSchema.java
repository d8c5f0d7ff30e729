package org.byline.exchange.imports;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The IPTC ninjs 3.2 schema, read from the class path (never the network), with date-time and
 * uri formats asserted, not only annotated. Loading it takes a moment, so it is loaded on the
 * first ninjs document, not when Byline starts, and one instance serves every import of a run.
 */
public final class NinjsSchema {
    static final String ID = "http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json";
    private static final String HERE = "classpath:org/byline/exchange/imports/";

    private Schema schema;

    private synchronized Schema schema() {
        if (schema == null) {
            schema = load();
        }
        return schema;
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .locale(Locale.ENGLISH)
                                .build())
                        .schemaIdResolvers(ids -> ids.mapPrefix("http://www.iptc.org/std/ninjs/", HERE)
                                .mapPrefix("https://geojson.org/schema/GeoJSON.json", HERE + "GeoJSON-schema.json")));
        return registry.getSchema(SchemaLocation.of(ID));
    }

    /** The first thing that makes {@code json} invalid ninjs 3.2, as the validator words it; empty when valid. */
    public Optional<String> firstProblem(String json) {
        List<Error> errors = schema().validate(json, InputFormat.JSON);
        return errors.isEmpty() ? Optional.empty() : Optional.of(errors.get(0).toString());
    }
}
