package dev.accord.domain.retrospective.api;

/** The files a retrospective can be downloaded as. */
public enum ExportFormat {
    CSV("text/csv", "csv"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
