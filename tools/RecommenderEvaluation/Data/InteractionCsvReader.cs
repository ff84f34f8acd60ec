using System.Globalization;

namespace KnowledgePay.RecommenderEvaluation.Data;

/// <summary>
/// Reads <c>user,item,rating,timestamp</c> CSV (or MovieLens' <c>userId,movieId,rating,timestamp</c>).
/// Rating and timestamp columns are optional: a missing rating counts as 1 (implicit), a missing timestamp as 0.
/// </summary>
public static class InteractionCsvReader
{
    private static readonly string[] UserColumns = ["user", "userid", "user_id"];
    private static readonly string[] ItemColumns = ["item", "itemid", "item_id", "movieid", "courseid"];

    public static InteractionData Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    public static InteractionData Read(TextReader reader)
    {
        var ids = new IdSpace();
        var interactions = ReadInto(reader, ids);
        return new InteractionData(interactions, ids.Users.Ids, ids.Items.Ids);
    }

    /// <summary>
    /// Reads a fixed train/test pair into one id space: the interactions are the train rows followed by the test rows,
    /// and <see cref="InteractionData.TrainCount"/> says where the test rows start.
    /// </summary>
    public static InteractionData ReadTrainAndTest(string trainPath, string testPath)
    {
        using var train = new StreamReader(trainPath);
        using var test = new StreamReader(testPath);
        return ReadTrainAndTest(train, test);
    }

    public static InteractionData ReadTrainAndTest(TextReader train, TextReader test)
    {
        var ids = new IdSpace();
        var interactions = ReadInto(train, ids);
        var trainCount = interactions.Count;
        interactions.AddRange(ReadInto(test, ids));
        return new InteractionData(interactions, ids.Users.Ids, ids.Items.Ids) { TrainCount = trainCount };
    }

    private static List<Interaction> ReadInto(TextReader reader, IdSpace ids)
    {
        var header = SplitHeader(reader.ReadLine() ?? throw new InvalidDataException("The ratings file is empty."));
        var userColumn = ColumnIndex(header, UserColumns, required: true);
        var itemColumn = ColumnIndex(header, ItemColumns, required: true);
        var ratingColumn = ColumnIndex(header, ["rating"], required: false);
        var timestampColumn = ColumnIndex(header, ["timestamp", "time"], required: false);

        var interactions = new List<Interaction>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length < header.Length)
            {
                throw new InvalidDataException($"Line {lineNumber} has {fields.Length} fields; the header has {header.Length}.");
            }

            interactions.Add(new Interaction(
                ids.Users.IndexOf(fields[userColumn].Trim()),
                ids.Items.IndexOf(fields[itemColumn].Trim()),
                ratingColumn < 0 ? 1f : float.Parse(fields[ratingColumn], CultureInfo.InvariantCulture),
                timestampColumn < 0 ? 0L : long.Parse(fields[timestampColumn], CultureInfo.InvariantCulture)));
        }

        return interactions;
    }

    private static string[] SplitHeader(string line) =>
        line.Split(',').Select(column => column.Trim().ToLowerInvariant()).ToArray();

    private static int ColumnIndex(string[] header, string[] names, bool required)
    {
        var index = Array.FindIndex(header, names.Contains);
        if (index < 0 && required)
        {
            throw new InvalidDataException($"The ratings header needs one of the columns: {string.Join(", ", names)}.");
        }

        return index;
    }

    private sealed class IdSpace
    {
        public DenseIds Users { get; } = new();

        public DenseIds Items { get; } = new();
    }

    private sealed class DenseIds
    {
        private readonly Dictionary<string, int> _indices = [];

        public List<string> Ids { get; } = [];

        public int IndexOf(string id)
        {
            if (!_indices.TryGetValue(id, out var index))
            {
                index = Ids.Count;
                _indices.Add(id, index);
                Ids.Add(id);
            }

            return index;
        }
    }
}
