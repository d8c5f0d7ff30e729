package org.byline.ui.fx;

import org.byline.domain.Status;
import org.byline.i18n.Messages;

/** Names of newsroom things as the user reads them (작성중, 송고 ...). */
public final class Labels {
    private Labels() {}

    public static String status(Status status, Messages m) {
        if (status == null) {
            return m.get("queue.all");
        }
        return switch (status) {
            case DRAFT -> m.get("status.draft");
            case SUBMITTED -> m.get("status.submitted");
            case APPROVED -> m.get("status.approved");
            case PUBLISHED -> m.get("status.published");
            case SPIKED -> m.get("status.spiked");
        };
    }
}
