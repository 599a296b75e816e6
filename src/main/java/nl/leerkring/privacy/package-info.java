/**
 * A person's rights over their data (issue 16 §2-4): the export of all their data, erasure on request
 * and retention per partnership, both confirmed by a coordinator. Sits on top of the features whose
 * tables it reads and anonymises.
 */
package nl.leerkring.privacy;
