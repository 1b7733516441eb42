namespace TellItOnce.Domain.Insight;

public enum RagRating
{
    None,
    Green,
    Amber,
    Red,
}

/// <summary>The red-amber-green rule of an indicator: at or past the target is green, within the amber threshold amber, else red.</summary>
public static class Rag
{
    public static RagRating Of(decimal? value, decimal? target, decimal? amberThreshold, Direction direction)
    {
        if (value is not { } v || target is not { } t)
        {
            return RagRating.None;
        }

        var better = direction == Direction.HigherIsBetter ? v >= t : v <= t;
        if (better)
        {
            return RagRating.Green;
        }

        if (amberThreshold is not { } a)
        {
            return RagRating.Red;
        }

        var withinAmber = direction == Direction.HigherIsBetter ? v >= a : v <= a;
        return withinAmber ? RagRating.Amber : RagRating.Red;
    }

    public static string Describe(this RagRating rating) => rating switch
    {
        RagRating.Green => "Green: on target",
        RagRating.Amber => "Amber: close to target",
        RagRating.Red => "Red: off target",
        _ => "No rating",
    };
}
