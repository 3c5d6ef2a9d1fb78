package io.github.bilateral.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables naming style of this package: users see {@code Loan}, written as {@code AbstractLoan}.
 * Attributes keep the order of their class, those inherited from an interface (such as {@link
 * KeepsUnknownFields#unknownFields()}) after them, so that {@code toString()} starts with the id.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    optionalAcceptNullable = false,
    legacyAccessorOrdering = true,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "party:parties", "lender:lenders", "borrower:borrowers",
        "footnote:footnotes", "section:sections", "addressee:addressees", "subject:subjects",
        "theme:themes", "instrument:instruments", "author:authors", "problem:problems",
        "office:offices", "place:places", "actor:actors",
        "citation:citations", "relation:relations", "loan:loans",
        "agreement:agreements", "recommendation:recommendations", "event:events", "figure:figures",
        "assessment:assessments", "erratum:errata", "field:fields",
        "possibleIdentity:possibleIdentities"})
@interface ModelStyle {}
