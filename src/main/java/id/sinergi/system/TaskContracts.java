package id.sinergi.system;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The contracts of every user task of one process: the single place that says what each task accepts. */
public interface TaskContracts {

    String processKey();

    /** By task definition key. */
    Map<String, TaskContract> byTask();

    static Map<String, TaskContract> of(TaskContract... contracts) {
        return Stream.of(contracts).collect(Collectors.toUnmodifiableMap(TaskContract::taskKey, Function.identity()));
    }
}
