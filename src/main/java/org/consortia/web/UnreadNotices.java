package org.consortia.web;

/** How many notices someone has not read, for the count in every page's header (notification/ answers it). */
public interface UnreadNotices {

    long count(Visitor user);
}
