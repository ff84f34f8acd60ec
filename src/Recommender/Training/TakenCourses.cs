namespace KnowledgePay.Recommender.Training;

/// <summary>
/// Each user's courses, sorted, in one array (a user's run found by offsets): checking a drawn negative costs a binary
/// search over a few adjacent lines instead of a hash set per user scattered over the heap.
/// </summary>
internal sealed class TakenCourses
{
    private readonly int[] _starts;
    private readonly int[] _courses;

    public TakenCourses(IReadOnlyCollection<TrainingExample> positives, int users)
    {
        _starts = new int[users + 1];
        foreach (var positive in positives)
        {
            _starts[positive.User + 1]++;
        }

        for (var user = 0; user < users; user++)
        {
            _starts[user + 1] += _starts[user];
        }

        _courses = new int[positives.Count];
        var next = _starts.AsSpan(0, users).ToArray();
        foreach (var positive in positives)
        {
            _courses[next[positive.User]++] = positive.Course;
        }

        for (var user = 0; user < users; user++)
        {
            Array.Sort(_courses, _starts[user], _starts[user + 1] - _starts[user]);
        }
    }

    public int Count(int user) => _starts[user + 1] - _starts[user];

    /// <summary>The user's courses, in ascending order.</summary>
    public ReadOnlySpan<int> Of(int user) => _courses.AsSpan(_starts[user], Count(user));

    public bool Contains(int user, int course)
    {
        var low = _starts[user];
        var high = _starts[user + 1] - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var found = _courses[middle];
            if (found == course)
            {
                return true;
            }

            if (found < course)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }
}
