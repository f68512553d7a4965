package dev.hireguide.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Watches a site's content/ and themes/ folders (every folder in them, and new ones as they
 * appear) and reports changes in batches: after the first change it waits until the files have
 * been quiet for a moment, so that a save that touches several files, or an editor's
 * write-then-rename, gives one batch. Editors' backup and swap files are ignored.
 */
final class SiteWatcher implements AutoCloseable {

    /** The folders of the site that are watched, relative to its root. */
    static final List<String> WATCHED = List.of("content", "themes");

    /**
     * An editor's save (a write, or a write to a new file then a rename, with a backup beside it)
     * comes as events well within this; a longer wait would be added to every rebuild. A save
     * whose events come further apart costs a second rebuild, not a wrong one.
     */
    private static final Duration QUIET = Duration.ofMillis(10);
    private static final Duration MAX_WAIT = Duration.ofSeconds(2);

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final WatchEvent.Modifier[] modifiers = sensitivity();

    SiteWatcher(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        register(this.root, false);
        for (String name : WATCHED) {
            registerTree(this.root.resolve(name));
        }
    }

    /**
     * Waits for changes and returns the changed paths relative to the root, sorted; empty when
     * the watcher was closed. {@code "*"} stands for changes that were lost (too many at once).
     */
    Optional<Set<String>> next() throws InterruptedException {
        try {
            Set<String> changed = new TreeSet<>();
            while (changed.isEmpty()) {
                collect(service.take(), changed);
                long deadline = System.nanoTime() + MAX_WAIT.toNanos();
                WatchKey key;
                while (System.nanoTime() < deadline && (key = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(key, changed);
                }
            }
            return Optional.of(changed);
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    private void collect(WatchKey key, Set<String> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                changed.add("*");
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            String rel = root.relativize(path).toString().replace('\\', '/');
            if (folder.equals(root)) {
                if (WATCHED.contains(rel)) {
                    registerTree(path);  // content/ or themes/ created, or replaced by a rename
                    changed.add(rel + "/");
                }
                continue;
            }
            if (ignored(path.getFileName().toString())) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(path);  // a new folder: its files may already be there
            }
            changed.add(rel);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Backup, swap and lock files that editors write beside the file being edited. */
    static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.startsWith("#") || name.equals("4913");
    }

    private void registerTree(Path top) {
        if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(top) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    register(dir, true);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;  // gone already; its folder's events say so
                }
            });
        } catch (IOException e) {
            // A folder removed while being walked: the events of its parent report it.
        }
    }

    private void register(Path dir, boolean all) throws IOException {
        WatchKey key = all
                ? dir.register(service, new WatchEvent.Kind<?>[] {StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY}, modifiers)
                : dir.register(service, new WatchEvent.Kind<?>[] {StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE}, modifiers);
        folders.put(key, dir);
    }

    /**
     * The JDK's watcher on macOS polls, by default every 10 seconds; its unsupported "high
     * sensitivity" modifier makes that 2. Looked up by name, so that it is simply left out
     * where it does not exist. Linux and Windows get events from the OS and ignore it.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static WatchEvent.Modifier[] sensitivity() {
        try {
            Class<?> type = Class.forName("com.sun.nio.file.SensitivityWatchEventModifier");
            return new WatchEvent.Modifier[] {(WatchEvent.Modifier) Enum.valueOf((Class) type, "HIGH")};
        } catch (ReflectiveOperationException | RuntimeException e) {
            return new WatchEvent.Modifier[0];
        }
    }
}
