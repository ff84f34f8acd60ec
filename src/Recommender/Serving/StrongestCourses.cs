namespace KnowledgePay.Recommender.Serving;

/// <summary>
/// The strongest courses offered so far, at most <c>capacity</c> of them: a min-heap whose root is the weakest course
/// kept, so refusing a course costs one comparison with <see cref="Threshold"/>. Given the courses' categories, it also
/// keeps at most <c>maxPerCategory</c> of one category: a course whose category is full replaces the weakest kept course
/// of that category if it outranks it (the kept courses are then a list the category cap allows, not always the
/// strongest such list, which a cut drawn from them does not need).
/// </summary>
internal sealed class StrongestCourses
{
    private readonly ScoredCourse[] _heap;
    private readonly int[]? _categories;
    private readonly int _maxPerCategory;
    private readonly int[] _perCategory;
    private int _count;

    public StrongestCourses(int capacity)
        : this(capacity, null, 0, int.MaxValue)
    {
    }

    /// <param name="categories">Each course's category number (−1: none, never capped), as <see cref="RecommenderModel.CourseCategories"/>.</param>
    public StrongestCourses(int capacity, int[]? categories, int categoryCount, int maxPerCategory)
    {
        _heap = new ScoredCourse[capacity];
        _categories = maxPerCategory < capacity ? categories : null;
        _maxPerCategory = maxPerCategory;
        _perCategory = _categories is null ? [] : new int[categoryCount];
        Threshold = capacity > 0 ? float.NegativeInfinity : float.PositiveInfinity;
    }

    /// <summary>
    /// The score a course must beat to be kept: −∞ until the heap is full, then the weakest kept score. When courses are
    /// offered in catalogue order, a course that only ties it comes after the weakest course and never outranks it.
    /// +∞ when nothing can be kept.
    /// </summary>
    public float Threshold { get; private set; }

    public void Offer(ScoredCourse course)
    {
        if (_count == _heap.Length && (_count == 0 || !course.Outranks(_heap[0])))
        {
            return;
        }

        var category = _categories is null ? -1 : _categories[course.Course];
        if (category >= 0 && _perCategory[category] >= _maxPerCategory)
        {
            var weakest = WeakestOf(category);
            if (weakest < 0 || !course.Outranks(_heap[weakest]))
            {
                return;
            }

            _heap[weakest] = course;
            SiftDown(weakest, _count);
        }
        else if (_count < _heap.Length)
        {
            _heap[_count] = course;
            SiftUp(_count++);
            Count(category, 1);
        }
        else
        {
            Count(_categories is null ? -1 : _categories[_heap[0].Course], -1);
            _heap[0] = course;
            SiftDown(0, _count);
            Count(category, 1);
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

    private void Count(int category, int change)
    {
        if (category >= 0)
        {
            _perCategory[category] += change;
        }
    }

    /// <summary>The position of the weakest kept course of the category (−1 when none is kept: a cap of 0).</summary>
    private int WeakestOf(int category)
    {
        var weakest = -1;
        for (var position = 0; position < _count; position++)
        {
            if (_categories![_heap[position].Course] == category && (weakest < 0 || _heap[weakest].Outranks(_heap[position])))
            {
                weakest = position;
            }
        }

        return weakest;
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
