"""`jiuzhu`: the command line of Jiuzhu (救助) for partner systems and operations teams."""
