/// Where a format's files go as they are rendered. A build hands each format a sink that
/// writes every file into its staging folder at once and keeps only the file's hash and size,
/// so a big output (220 MB of pages for 1,000 guides in 10 languages) is never held in memory
/// whole. Formats that render everything first hand their files over at the end.
package protocol OutputSink: Sendable {
    /// Takes one rendered file; called from any thread, once per path.
    func accept(_ file: OutputFile)
}
