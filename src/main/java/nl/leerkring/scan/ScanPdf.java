package nl.leerkring.scan;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.platform.Texts;

/**
 * A scan result as a one-page PDF (OpenPDF): the spider web drawn as vector lines, the table of
 * means and the lowest axes. Uses only the PDF's built-in fonts, so it needs no fonts installed.
 */
public final class ScanPdf {

    private static final Color PRIMARY = new Color(11, 92, 115);
    private static final Color SECOND = new Color(138, 90, 0);
    private static final Color GRID = new Color(203, 210, 217);

    private ScanPdf() {
    }

    /** The PDF bytes for a result, optionally with a second scan laid over it. */
    public static byte[] render(ScanResult result, ScanResult compared, String title, List<String> layerLabels, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            Font heading = new Font(Font.HELVETICA, 18, Font.BOLD, PRIMARY);
            Font normal = new Font(Font.HELVETICA, 10);
            Font bold = new Font(Font.HELVETICA, 10, Font.BOLD);
            document.add(new Paragraph(title, heading));
            document.add(new Paragraph(String.join(" · ", layerLabels), normal));

            List<FrameworkAxis> axes = result.axes();
            int points = result.scan().getVersion().getScalePoints();
            float centerX = PageSize.A4.getWidth() / 2;
            float centerY = PageSize.A4.getHeight() - 270;
            drawRadar(writer.getDirectContent(), axes, points, centerX, centerY, 110,
                    result.means(), compared == null ? null : compared.means(), layerLabels);

            Paragraph spacer = new Paragraph(" ");
            spacer.setSpacingBefore(340);
            document.add(spacer);
            PdfPTable table = new PdfPTable(compared == null ? 2 : 3);
            table.setWidthPercentage(100);
            table.setWidths(compared == null ? new float[] {4, 1} : new float[] {4, 1, 1});
            table.addCell(cell(Texts.get(locale, "scan.result.axis"), bold));
            layerLabels.forEach(label -> table.addCell(cell(label, bold)));
            for (FrameworkAxis axis : axes) {
                table.addCell(cell(axis.getLabel(), normal));
                table.addCell(cell(format(result.mean(axis.getNumber()), locale), normal));
                if (compared != null) {
                    table.addCell(cell(format(compared.mean(axis.getNumber()), locale), normal));
                }
            }
            document.add(table);
            Paragraph lowest = new Paragraph(Texts.get(locale, "scan.result.lowestIntro") + " "
                    + String.join(", ", axes.stream().filter(a -> result.lowest().contains(a.getNumber()))
                            .map(FrameworkAxis::getLabel).toList()), normal);
            lowest.setSpacingBefore(12);
            document.add(lowest);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be made", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(5);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static String format(Double mean, Locale locale) {
        return mean == null ? "–" : String.format(locale, "%.1f", mean);
    }

    private static void drawRadar(PdfContentByte canvas, List<FrameworkAxis> axes, int points, float cx, float cy,
            float radius, Map<Integer, Double> first, Map<Integer, Double> second, List<String> labels) {
        int n = axes.size();
        canvas.saveState();
        canvas.setColorStroke(GRID);
        canvas.setLineWidth(0.5f);
        for (int ring = 1; ring <= points; ring++) {
            float r = radius * ring / points;
            for (int i = 0; i <= n; i++) {
                float[] p = point(cx, cy, r, i % n, n);
                if (i == 0) {
                    canvas.moveTo(p[0], p[1]);
                } else {
                    canvas.lineTo(p[0], p[1]);
                }
            }
            canvas.stroke();
        }
        try {
            BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            for (int i = 0; i < n; i++) {
                float[] end = point(cx, cy, radius, i, n);
                canvas.moveTo(cx, cy);
                canvas.lineTo(end[0], end[1]);
                canvas.stroke();
                float[] at = point(cx, cy, radius + 18, i, n);
                int align = Math.abs(at[0] - cx) < 5 ? Element.ALIGN_CENTER
                        : at[0] > cx ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
                FrameworkAxis axis = axes.get(i);
                canvas.beginText();
                canvas.setFontAndSize(font, 8);
                canvas.setColorFill(Color.DARK_GRAY);
                canvas.showTextAligned(align, axis.getArea(), at[0], at[1], 0);
                if (axis.getRoleName() != null) {
                    canvas.showTextAligned(align, "(" + axis.getRoleName() + ")", at[0], at[1] - 10, 0);
                }
                canvas.endText();
            }
        } catch (java.io.IOException | DocumentException e) {
            throw new IllegalStateException("Built-in PDF font missing", e);
        }
        polygon(canvas, axes, points, cx, cy, radius, first, PRIMARY);
        if (second != null) {
            polygon(canvas, axes, points, cx, cy, radius, second, SECOND);
        }
        canvas.restoreState();
    }

    private static void polygon(PdfContentByte canvas, List<FrameworkAxis> axes, int points, float cx, float cy,
            float radius, Map<Integer, Double> means, Color colour) {
        int n = axes.size();
        canvas.setColorStroke(colour);
        canvas.setLineWidth(2f);
        boolean started = false;
        for (int i = 0; i < n; i++) {
            Double mean = means.get(axes.get(i).getNumber());
            float[] p = point(cx, cy, radius * (float) ((mean == null ? 0 : mean) / points), i, n);
            if (!started) {
                canvas.moveTo(p[0], p[1]);
                started = true;
            } else {
                canvas.lineTo(p[0], p[1]);
            }
        }
        canvas.closePathStroke();
    }

    private static float[] point(float cx, float cy, float r, int i, int n) {
        double angle = Math.PI / 2 - 2 * Math.PI * i / n;
        return new float[] {cx + (float) (r * Math.cos(angle)), cy + (float) (r * Math.sin(angle))};
    }
}
