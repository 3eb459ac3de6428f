package io.tributary.core.parse;

import io.tributary.core.model.ReasonCode;
import io.tributary.core.model.Transaction;
import java.time.Instant;

/** A transaction format: the format reads the fields into the shared slots, one validator checks them. */
abstract class TransactionRecordParser extends FieldRecordParser<Transaction> {

    final FieldSlots slots = TxnField.newSlots();
    private final TransactionValidator validator;

    TransactionRecordParser(ValidationRules rules) {
        this.validator = new TransactionValidator(rules);
    }

    @Override
    final Transaction validateFields(Instant ingestTime) {
        return validator.validate(slots, ingestTime);
    }

    @Override
    final ReasonCode reason() {
        return validator.reason();
    }

    @Override
    final String message() {
        return validator.message();
    }
}
