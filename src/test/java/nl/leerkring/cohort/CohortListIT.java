package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * The cohort list (issue 15): one page of {@link CohortService#PAGE_SIZE} cohorts at a time, newest
 * first, with links to the next and previous page, and a search by name that the links keep.
 */
@OnServer
class CohortListIT {

    private Server server;
    private TestSupport support;

    @Test
    void aLongListIsPagedAndSearchableByName() throws Exception {
        FacesClient facilitator = server.logIn(support.person("lijst", "FACILITATOR"));
        int many = CohortService.PAGE_SIZE + 1;
        for (int i = 1; i <= many; i++) {
            // Newest first: the cohort starting last ("Lijst 26") heads page 1, the first one is alone on page 2.
            Cohorts.create(facilitator, i == 7 ? "Zoekproef Deventer" : "Lijst " + i, LocalDate.now().plusDays(i), new String[0]);
        }

        Document first = Jsoup.parse(facilitator.get("cohort/list.xhtml").body());
        assertEquals(CohortService.PAGE_SIZE, first.select("#cohorts tbody tr").size(), first.select("#cohorts").text());
        assertEquals("Lijst " + many, first.select("#cohorts tbody tr").first().select("a").text());
        assertEquals("26 cohorten", first.select("#count").text());
        assertEquals("Pagina 1 van 2", first.select("nav.pager span").text());
        assertTrue(first.select("#previous").isEmpty(), "no previous page on the first");

        Document second = Jsoup.parse(facilitator.get(first.select("#next").attr("href")).body());
        assertEquals(1, second.select("#cohorts tbody tr").size(), second.select("#cohorts").text());
        assertEquals("Lijst 1", second.select("#cohorts tbody tr a").text());
        assertEquals("Pagina 2 van 2", second.select("nav.pager span").text());

        Document found = Jsoup.parse(facilitator.get("cohort/list.xhtml?q=zoekPROEF").body());
        assertEquals("Zoekproef Deventer", found.select("#cohorts tbody tr a").text());
        assertEquals("zoekPROEF", found.select("#q").val(), "the search stays in the field");
        assertTrue(found.select("nav.pager").isEmpty(), "one page: no page links");

        Document none = Jsoup.parse(facilitator.get("cohort/list.xhtml?q=Nergens").body());
        assertTrue(none.select("#cohorts").text().contains("Geen cohort met dit woord in de naam."), none.select("#cohorts").text());
        // LIKE's wildcards are taken out of the search, as in the library: "%" finds no more than the empty search.
        assertEquals("26 cohorten", Jsoup.parse(facilitator.get("cohort/list.xhtml?q=%25_").body()).select("#count").text());
        Document beyond = Jsoup.parse(facilitator.get("cohort/list.xhtml?page=99").body());
        assertEquals("Pagina 2 van 2", beyond.select("nav.pager span").text(), "a page past the end shows the last");
    }
}
