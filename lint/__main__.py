from copydesk.cli import main

main(prog_name="copydesk")
