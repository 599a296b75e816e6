package nl.leerkring.platform;

/**
 * Keeps text that people typed from being run as a formula when a spreadsheet opens a CSV the
 * app wrote (OWASP "CSV injection"): a cell starting with {@code = + - @}, a tab or a carriage
 * return gets a single quote in front, which spreadsheets show as text. Only for text from
 * people; numbers the app formats itself are written as they are (see {@code ScanCsv}).
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
