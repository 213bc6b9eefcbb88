package id.sinergi.system;

/**
 * What a process family does when one of its instances ends in a way its model did not plan: cancelled or
 * deleted in Cockpit or through the REST API. Its register record must not stay open.
 */
public interface UnplannedEnd {

    /** The process definition key this handler looks after. */
    String processKey();

    /**
     * @param userId who cancelled it (null when the application itself did)
     * @param reason the delete reason given, if any
     */
    void cancelled(String processInstanceId, String businessKey, String userId, String reason);
}
