using System.Globalization;
using System.Text;
using KnowledgePay.RecommenderEvaluation.Evaluation;

namespace KnowledgePay.RecommenderEvaluation.Reporting;

/// <summary>Renders results as an aligned plain-text table (also valid Markdown).</summary>
public static class ResultTable
{
    public static string Render(IReadOnlyList<ModelResult> results, int k)
    {
        string[] header = ["model", $"P@{k}", $"R@{k}", $"NDCG@{k}", $"HR@{k}", "coverage", "RMSE", "MAE", "users", "fit s", "fit CPU s"];
        var rows = results.Select(result => new[]
        {
            result.Model,
            Format(result.Precision),
            Format(result.Recall),
            Format(result.Ndcg),
            Format(result.HitRate),
            Format(result.Coverage),
            result.Rmse is { } rmse ? Format(rmse) : "-",
            result.Mae is { } mae ? Format(mae) : "-",
            result.UsersEvaluated.ToString(CultureInfo.InvariantCulture),
            result.FitSeconds.ToString("0.0", CultureInfo.InvariantCulture),
            result.FitProcessorSeconds.ToString("0.0", CultureInfo.InvariantCulture),
        }).ToList();
        var widths = header.Select((title, column) => rows.Select(row => row[column].Length).Append(title.Length).Max()).ToArray();

        var table = new StringBuilder();
        AppendRow(table, header, widths);
        AppendRow(table, widths.Select(width => new string('-', width)).ToArray(), widths);
        rows.ForEach(row => AppendRow(table, row, widths));
        return table.ToString();
    }

    private static string Format(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static void AppendRow(StringBuilder table, string[] cells, int[] widths)
    {
        var padded = cells.Select((cell, column) => column == 0 ? cell.PadRight(widths[column]) : cell.PadLeft(widths[column]));
        table.Append("| ").AppendJoin(" | ", padded).AppendLine(" |");
    }
}
