#pragma once

// The open phase of project_bench: a project file opened from scratch into a Project with the
// three panels' models, again and again, then the Quotes & Claims panel filtered by one speaker and
// by a text search, unsorted and sorted by text. Runs in a process of its own (project_bench starts
// itself again with --open), which reports its figures to the parent as lines on stdout.

#include "core/project/AnnotationFilterModel.h"
#include "core/project/AnnotationsModel.h"
#include "core/project/FiguresModel.h"
#include "core/project/Project.h"
#include "core/project/SpeakersModel.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace bench {

// The models of the three panels, as the window holds them for an open project.
struct Panels {
    explicit Panels(claimscope::core::Project *project)
        : speakers(project)
        , annotations(project)
        , figures(project)
    {
        quotes.setSourceModel(&annotations);
    }
    claimscope::core::SpeakersModel speakers;
    claimscope::core::AnnotationsModel annotations;
    claimscope::core::AnnotationFilterModel quotes;
    claimscope::core::FiguresModel figures;
};

// An open project; members are destroyed panels first, store last.
struct OpenProject {
    std::unique_ptr<claimscope::core::ProjectStore> store;
    std::unique_ptr<claimscope::core::Project> project;
    std::unique_ptr<Panels> panels;
};

// Figures of the open phase: lists of numbers and texts by key, written by the child as lines
// "@n key v…" and "@t key text" and read back by the parent.
struct OpenFigures {
    std::map<QString, std::vector<double>> numbers;
    std::map<QString, QString> texts;

    std::vector<double> values(const QString &key) const
    {
        const auto it = numbers.find(key);
        return it == numbers.end() ? std::vector<double>{} : it->second;
    }
    double value(const QString &key, size_t i = 0) const
    {
        const std::vector<double> v = values(key);
        return i < v.size() ? v[i] : -1;
    }
    QString text(const QString &key) const
    {
        const auto it = texts.find(key);
        return it == texts.end() ? QString() : it->second;
    }
};

// Opens `path` 1 + `runs` times (the first one apart: it also loads Qt's SQLite driver), then
// times each filter `filterRuns` times. Progress lines go to stdout.
std::optional<OpenFigures> measureOpen(const QString &path, int runs, int filterRuns, const QString &search);

// The figures as "@n key v…" and "@t key text" lines on stdout, and read back from such output;
// `output`'s other lines are echoed, indented.
void writeFigures(const OpenFigures &figures);
OpenFigures readFigures(const QByteArray &output);

// "median (min – max)" in ms.
QString medianOf(const std::vector<double> &values);

// The open phase's rows of the table, and a few lines of details after it.
void printOpenRows(const OpenFigures &figures);
void printOpenDetails(const OpenFigures &figures);

} // namespace bench
