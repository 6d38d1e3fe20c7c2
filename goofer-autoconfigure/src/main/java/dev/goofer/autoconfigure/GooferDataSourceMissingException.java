package dev.goofer.autoconfigure;

/**
 * Thrown at startup when the generated client has nothing to run on: no single
 * DataSource, no shards, and no executor of the application's own.
 */
public class GooferDataSourceMissingException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String clientType;

    private final int dataSources;

    /**
     * Create the exception.
     * @param clientType the class name of the generated client
     * @param dataSources the number of DataSource beans found
     */
    public GooferDataSourceMissingException(String clientType, int dataSources) {
        super("Goofer client " + clientType + " has no database to run on: "
                + ((dataSources == 0) ? "there is no DataSource bean and goofer.shards is empty"
                        : "there are " + dataSources + " DataSource beans and none is primary"));
        this.clientType = clientType;
        this.dataSources = dataSources;
    }

    /**
     * Return the class name of the generated client.
     * @return the client type
     */
    public String getClientType() {
        return this.clientType;
    }

    /**
     * Return the number of DataSource beans found.
     * @return the number of data sources
     */
    public int getDataSources() {
        return this.dataSources;
    }

}
