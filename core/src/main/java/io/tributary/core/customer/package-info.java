/** Rules of the customer dimension: which change of a customer wins. */
package io.tributary.core.customer;
