package dev.sessioninspector.analysis;

/** The server-side framework a recording was served by, as far as headers and cookie names tell. */
public enum Framework {
    SPRING("Spring"),
    SERVLET("Servlet (Jetty/Tomcat)"),
    DJANGO("Django"),
    RAILS("Rails"),
    ASPNET_CORE("ASP.NET Core"),
    PHP("PHP"),
    EXPRESS("Express"),
    UNKNOWN("unknown");

    private final String displayName;

    Framework(String displayName) {
        this.displayName = displayName;
    }

    /** A human name, e.g. {@code ASP.NET Core}. */
    public String displayName() {
        return displayName;
    }
}
