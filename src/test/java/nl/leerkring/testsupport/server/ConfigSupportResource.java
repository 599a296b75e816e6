package nl.leerkring.testsupport.server;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

import nl.leerkring.platform.Database;

/** Tells the ITs which database the app really talks to and which config source gave a key. */
@Path("config")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class ConfigSupportResource {

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @GET
    @Path("database-url")
    public String databaseUrl() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        }
    }

    /** The config sources that hold the key, highest ordinal first: "name|ordinal|value" a line. */
    @GET
    @Path("sources")
    public String sources(@QueryParam("key") String key) {
        StringBuilder lines = new StringBuilder();
        for (ConfigSource source : ConfigProvider.getConfig().getConfigSources()) {
            String value = source.getValue(key);
            if (value != null) {
                lines.append(source.getName()).append('|').append(source.getOrdinal()).append('|').append(value).append('\n');
            }
        }
        return lines.toString();
    }
}
