/* The limit for kyr's loader: libyaml parsing the same files into events, nothing else.
   Usage: yaml_events FILE...   Prints "<bytes> <seconds>" for the parse alone (files are read
   into memory first, as kyr reads them), on one thread. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <yaml.h>

int main(int argc, char **argv) {
    size_t count = (size_t)argc - 1, total = 0;
    unsigned char **texts = calloc(count, sizeof *texts);
    size_t *sizes = calloc(count, sizeof *sizes);
    for (size_t i = 0; i < count; i++) {
        FILE *file = fopen(argv[i + 1], "rb");
        if (!file) { perror(argv[i + 1]); return 1; }
        fseek(file, 0, SEEK_END);
        sizes[i] = (size_t)ftell(file);
        fseek(file, 0, SEEK_SET);
        texts[i] = malloc(sizes[i] + 1);
        if (fread(texts[i], 1, sizes[i], file) != sizes[i]) { perror(argv[i + 1]); return 1; }
        fclose(file);
        total += sizes[i];
    }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    size_t events = 0;
    for (size_t i = 0; i < count; i++) {
        yaml_parser_t parser;
        yaml_event_t event;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, texts[i], sizes[i]);
        int done = 0;
        while (!done) {
            if (!yaml_parser_parse(&parser, &event)) { fprintf(stderr, "%s: parse error\n", argv[i + 1]); return 1; }
            done = event.type == YAML_STREAM_END_EVENT;
            events++;
            yaml_event_delete(&event);
        }
        yaml_parser_delete(&parser);
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    printf("%zu %.6f %zu\n", total, (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9, events);
    return 0;
}
