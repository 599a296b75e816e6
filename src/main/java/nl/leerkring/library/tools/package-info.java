/**
 * The library's interactive tools for items seeded from the sources: checklists a person fills in
 * and keeps (privately), and card decks to shuffle, draw from and keep favourites of.
 */
package nl.leerkring.library.tools;
