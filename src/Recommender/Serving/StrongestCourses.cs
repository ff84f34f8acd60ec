namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// The strongest courses offered so far, at most <c>capacity</c> of them: a min-heap whose root is the weakest course
/// kept, so refusing a course costs one comparison with <see cref="Threshold"/>.
/// </summary>
internal sealed class StrongestCourses(int capacity)
{
    private readonly ScoredCourse[] _heap = new ScoredCourse[capacity];
    private int _count;

    /// <summary>
    /// The score a course must beat to be kept: −∞ until the heap is full, then the weakest kept score. When courses are
    /// offered in catalogue order, a course that only ties it comes after the weakest course and never outranks it.
    /// +∞ when nothing can be kept.
    /// </summary>
    public float Threshold { get; private set; } = capacity > 0 ? float.NegativeInfinity : float.PositiveInfinity;

    public void Offer(ScoredCourse course)
    {
        if (_count < _heap.Length)
        {
            _heap[_count] = course;
            SiftUp(_count++);
        }
        else if (_count > 0 && course.Outranks(_heap[0]))
        {
            _heap[0] = course;
            SiftDown(0, _count);
        }
        else
        {
            return;
        }

        if (_count == _heap.Length)
        {
            Threshold = _heap[0].Score;
        }
    }

    /// <summary>The kept courses, best first. Sorts the heap in place, so it is the last call.</summary>
    public ScoredCourse[] BestFirst()
    {
        for (var end = _count - 1; end > 0; end--)
        {
            (_heap[0], _heap[end]) = (_heap[end], _heap[0]);
            SiftDown(0, end);
        }

        return _heap[.._count];
    }

    private void SiftUp(int position)
    {
        var course = _heap[position];
        while (position > 0)
        {
            var parent = (position - 1) / 2;
            if (!_heap[parent].Outranks(course))
            {
                break;
            }

            _heap[position] = _heap[parent];
            position = parent;
        }

        _heap[position] = course;
    }

    private void SiftDown(int position, int count)
    {
        var course = _heap[position];
        while (true)
        {
            var child = (2 * position) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && _heap[child].Outranks(_heap[child + 1]))
            {
                child++;
            }

            if (!course.Outranks(_heap[child]))
            {
                break;
            }

            _heap[position] = _heap[child];
            position = child;
        }

        _heap[position] = course;
    }
}
